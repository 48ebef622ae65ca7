#include "StoreFailure.h"

#include "core/Result.h"
#include "storage/ProgressStore.h"
#include "storage/StoreErrorKind.h"

#include <QCoreApplication>
#include <QTextStream>

namespace StoreFailure {

int report(const Error &error, QTextStream &err)
{
    err << error.message << '\n';
    if (!error.details.isEmpty())
        err << error.details << '\n';
    if (storeErrorKind(error) != StoreErrorKind::Damaged)
        return 2;
    err << QCoreApplication::translate("main",
        "Nothing was changed. To repair it, start the wizard (it offers the newest good backup), "
        "or list the backups with \"fincloud-onboard backups\" and restore one with "
        "\"fincloud-onboard restore FILE\".")
        << '\n';
    return DamagedDatabaseStatus;
}

} // namespace StoreFailure
