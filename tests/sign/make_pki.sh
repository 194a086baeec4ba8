#!/usr/bin/env bash
# Test keys and certificates for tests/sign and bench/sign_bench, made fresh
# in folder $1 with the openssl command: a CA, the signer (a person) and the
# organ, with Vietnamese subjects, as PKCS#12 files (password 1234); a
# time-stamp authority for `openssl ts -reply`; and a SoftHSM2 token
# "vanthu" (user PIN 1234) holding the signer's and the organ's keys, with
# its own configuration (SOFTHSM2_CONF=$1/softhsm2.conf).
set -euo pipefail
dir=$1
mkdir -p "$dir"
cd "$dir"

cat > person.ext <<'X'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
X
cat > tsa.ext <<'X'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=critical,timeStamping
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
X

key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1.key" 2>/dev/null; }
cert() {  # name subject
  openssl req -new -utf8 -key "$1.key" -subj "$2" -out "$1.csr"
  openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -set_serial "$3" -days 3650 \
    -extfile "$4" -out "$1.pem" 2>/dev/null
}

key ca
openssl req -new -x509 -utf8 -key ca.key -days 3650 -out ca.pem \
  -subj "/C=VN/O=Ban Cơ yếu Chính phủ (thử nghiệm)/CN=CA thử nghiệm vanthu" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

key signer
cert signer "/C=VN/ST=Lạng Sơn/O=Sở Thông tin và Truyền thông tỉnh Lạng Sơn/title=Giám đốc/CN=Nguyễn Văn Thành" 11 person.ext
key organ
cert organ "/C=VN/ST=Lạng Sơn/O=Sở Thông tin và Truyền thông tỉnh Lạng Sơn/CN=Sở Thông tin và Truyền thông tỉnh Lạng Sơn" 12 person.ext
key tsa
cert tsa "/C=VN/O=Ban Cơ yếu Chính phủ (thử nghiệm)/CN=TSA thử nghiệm vanthu" 13 tsa.ext

for who in signer organ; do
  openssl pkcs12 -export -inkey $who.key -in $who.pem -certfile ca.pem -passout pass:1234 -out $who.p12
  openssl pkcs8 -topk8 -nocrypt -in $who.key -out $who.p8.pem
  cat $who.pem ca.pem > $who-chain.pem  # for --cert with a token: certificate, then its chain
done

# The time-stamp authority's configuration for `openssl ts -reply`.
cat > tsa.cnf <<X
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = $dir
serial = $dir/tsa.serial
signer_cert = $dir/tsa.pem
certs = $dir/ca.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
X
echo 01 > tsa.serial

# SoftHSM2: a token of its own in this folder.
mkdir -p tokens
cat > softhsm2.conf <<X
directories.tokendir = $dir/tokens
objectstore.backend = file
log.level = ERROR
X
export SOFTHSM2_CONF=$dir/softhsm2.conf
softhsm2-util --init-token --free --label vanthu --pin 1234 --so-pin 5678 >/dev/null
softhsm2-util --import signer.p8.pem --token vanthu --label signer --id 01 --pin 1234 >/dev/null
softhsm2-util --import organ.p8.pem --token vanthu --label organ --id 02 --pin 1234 >/dev/null
ls /usr/lib/softhsm/libsofthsm2.so >/dev/null
echo ok
