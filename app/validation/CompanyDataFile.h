// Checks a file of company data (a JSON object with the same keys the wizard
// stores, e.g. "company.credit_code") field by field, with the same checks the
// wizard runs as the user types. Used by `fincloud-onboard check-data` so an
// admin can prepare the data before the wizard is opened. Pure: it reads the
// bytes it is given and never the file system.
#pragma once

#include "core/Result.h"
#include "validation/FieldVerdict.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

struct CheckedField
{
    QString key;
    FieldVerdict verdict;
};

class CompanyDataFile
{
    Q_DECLARE_TR_FUNCTIONS(CompanyDataFile)
public:
    // Larger files are refused before parsing: company data is a few kB.
    static constexpr qsizetype MaxBytes = 1024 * 1024;

    // An error only when the bytes are not a JSON object (or too large);
    // otherwise one verdict per key, in the order of FieldKey::All, then
    // unknown keys.
    static Result<QList<CheckedField>> check(const QByteArray &json, QDate today);

    // The verdict for one value under `key` (Ok "not checked" for keys
    // without a rule). A control character (C0, DEL, C1) inside the value
    // is an error under every key: the one rule check-data, import, prefill
    // and the wizard share.
    static FieldVerdict checkValue(const QString &key, const QString &value, QDate today);

    static bool hasError(const QList<CheckedField> &fields);
};
