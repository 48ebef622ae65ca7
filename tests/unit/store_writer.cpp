// The child of tst_crashsafety: writes through the real store as fast as it
// can and prints "ack N" after each write the store has acknowledged (its
// transaction committed). The parent kills it at a random moment.
#include "onboarding/Profile.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(args.at(1));
    if (!store)
        return 3;
    const qint64 id = args.at(2).toLongLong();
    const QDateTime now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    for (int n = 0;; ++n) {
        // A field edit, a status change (which also writes an event) in turn.
        const bool ok = n % 2 == 0
            ? bool(store.value()->saveFields(
                id, {{QStringLiteral("crash.%1").arg(n), QStringLiteral("value %1").arg(n)}}, now))
            : bool(store.value()->saveStepState(id, StepId::Register,
                {n % 4 == 1 ? StepStatus::InProgress : StepStatus::Done, now.addSecs(n), {}},
                StepStatus::NotStarted, now));
        if (!ok)
            return 4;
        std::printf("ack %d\n", n);
        std::fflush(stdout);
    }
}
