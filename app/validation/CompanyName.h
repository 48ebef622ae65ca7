// Checks a company name as registered (企业名称): present, at most 200
// characters, no invisible control characters, no stray space at either end.
// Names are compared with the register, so this class must never change the
// characters of a name (no folding of full-width brackets).
#pragma once

#include "FieldVerdict.h"

#include <QCoreApplication>

class CompanyName
{
    Q_DECLARE_TR_FUNCTIONS(CompanyName)
public:
    static constexpr qsizetype MaxLength = 200;

    // A space at either end is an error whose `normalized` is the trimmed name.
    static FieldVerdict check(const QString &input);
};
