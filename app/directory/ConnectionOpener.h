// How a component that runs its own queries gets its own database connection:
// called with a connection name unique to the caller (and, for a worker, from
// the worker's thread), it adds and opens a connection under that name. The
// caller removes it when done. Usually StoreAddress::addConnection.
#pragma once

#include "core/Result.h"
#include "storage/StoreAddress.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

using ConnectionOpener = std::function<Result<QSqlDatabase>(const QString &connectionName)>;

// Connections to the store at `address`, with the store's own settings.
inline ConnectionOpener connectionsTo(StoreAddress address)
{
    return [address = std::move(address)](
               const QString &connectionName) { return address.addConnection(connectionName); };
}
