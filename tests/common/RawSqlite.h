// Test support: runs SQL on a SQLite file through a plain connection of its
// own, as another tool would (a hand edit, another program, an older version),
// to build the damaged, foreign or odd databases the tests then open.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

// True when the file opened and every statement ran.
inline bool rawSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-sqlite");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
