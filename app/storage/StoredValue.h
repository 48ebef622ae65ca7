// How the progress store writes values into its text columns and reads them
// back: times as UTC ISO 8601 text with milliseconds (empty: no time), text
// never NULL, and nothing that PostgreSQL's text type cannot hold, so that a
// profile moves between SQLite and PostgreSQL unchanged. It never reads or
// writes the database itself.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

class StoredValue
{
public:
    static QString toStored(const QDateTime &time);
    // Invalid for an empty text and for one this version cannot read.
    static QDateTime fromStored(const QString &text);
    // Qt binds a null QString as SQL NULL; stored text is never NULL.
    static QString notNull(const QString &text);
    // Refuses a text the store cannot keep on both databases.
    static Result<> checkStorable(const QString &text);
};
