// ConnectionPool: database connections for the threads that serve requests.
// A connection (a store of each kind on one database) belongs to one thread
// at a time; the pool hands out idle ones and opens more as needed, so
// there are never more than threads using them at once.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "domain/audit_log.h"
#include "domain/ledger_store.h"
#include "domain/report_review_store.h"
#include "domain/user_store.h"

namespace tochuc::app {

struct Connection {
  std::unique_ptr<LedgerStore> ledger;
  std::unique_ptr<UserStore> users;
  std::unique_ptr<AuditLog> audit;
  std::unique_ptr<ReportReviewStore> reviews;
};

class ConnectionPool {
 public:
  using Open = std::function<Connection()>;
  explicit ConnectionPool(Open open) : open_(std::move(open)) {}

  // A connection for as long as the lease lives.
  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_.Return(std::move(connection_)); }
    Connection* operator->() const { return connection_.get(); }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<Connection> connection_;
  };

  Lease Acquire() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        std::unique_ptr<Connection> connection = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(connection));
      }
    }
    return Lease(*this, std::make_unique<Connection>(open_()));
  }

 private:
  void Return(std::unique_ptr<Connection> connection) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(connection));
  }

  Open open_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace tochuc::app
