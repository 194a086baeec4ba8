#include <cstdio>
int main(int argc, char** argv) {
  std::fprintf(stderr, "vanthu: under construction\n");
  return 2;
}
