// A fixed number of objects that are not thread-safe (vanthu::Engine, a
// text measurer), each lent to one request at a time. With one object per
// core this also bounds the renders running at once to the cores, however
// many connections the HTTP workers hold.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace vanthu::server {

template <class T>
class Pool {
 public:
  Pool(size_t size, std::function<std::unique_ptr<T>()> make) : size_(size ? size : 1), make_(std::move(make)) {}

  class Lease {
   public:
    Lease(Pool& pool, std::unique_ptr<T> item) : pool_(pool), item_(std::move(item)) {}
    ~Lease() { pool_.give_back(std::move(item_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    T& operator*() { return *item_; }
    T* operator->() { return item_.get(); }

   private:
    Pool& pool_;
    std::unique_ptr<T> item_;
  };

  // Waits for a free object; creates one (outside the lock) while fewer than
  // `size` exist.
  Lease borrow() {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return !free_.empty() || created_ < size_; });
    if (!free_.empty()) {
      auto item = std::move(free_.back());
      free_.pop_back();
      return Lease(*this, std::move(item));
    }
    ++created_;
    lock.unlock();
    try {
      return Lease(*this, make_());
    } catch (...) {
      std::lock_guard relock(mutex_);
      --created_;
      cv_.notify_one();
      throw;
    }
  }
  size_t size() const { return size_; }

 private:
  void give_back(std::unique_ptr<T> item) {
    {
      std::lock_guard lock(mutex_);
      free_.push_back(std::move(item));
    }
    cv_.notify_one();
  }
  const size_t size_;
  std::function<std::unique_ptr<T>()> make_;
  size_t created_ = 0;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<T>> free_;
};

}  // namespace vanthu::server
