// The outcome of checking one field the user typed: how serious the finding
// is, a sentence for the user (already translated) and the canonical value to
// store. A plain value: it must never refer to widgets or to the input it came
// from, and must never be thrown.
#pragma once

#include <QString>

#include <utility>

struct FieldVerdict
{
    // Ok: store `normalized`. Note: a hint, still store it. Warning: probably
    // wrong, the user may keep it with a reason. Error: must be corrected.
    enum Level { Ok, Note, Warning, Error };

    Level level = Ok;
    QString message; // translated; may be empty only when level is Ok
    QString normalized; // the value to store; on Error a suggested fix or empty

    bool blocks() const { return level == Error; }

    static FieldVerdict ok(QString normalized, QString message = {})
    {
        return {Ok, std::move(message), std::move(normalized)};
    }
    static FieldVerdict note(QString message, QString normalized)
    {
        return {Note, std::move(message), std::move(normalized)};
    }
    static FieldVerdict warning(QString message, QString normalized)
    {
        return {Warning, std::move(message), std::move(normalized)};
    }
    static FieldVerdict error(QString message, QString suggestion = {})
    {
        return {Error, std::move(message), std::move(suggestion)};
    }
};
