// Reads a typed code of fixed length (credit code, registration number, ID
// number): cleans it as InputText::cleanedCode does and checks its length and
// characters, so that each identifier check only adds its own arithmetic. It
// must never judge what a code means, and never look at far too long input.
#pragma once

#include "core/Result.h"

#include <QString>

class FixedLengthCode
{
public:
    struct Shape
    {
        qsizetype length;
        bool (*allowed)(QChar c, qsizetype index);
        QString (*emptyMessage)();
        QString (*lengthMessage)(qsizetype actualLength);
        // `character` as InputText::describe shows it; `index` counts from 0.
        QString (*characterMessage)(const QString &character, qsizetype index);
    };

    // The cleaned code, or an Error whose message says what is wrong.
    static Result<QString> read(const QString &input, const Shape &shape);
};
