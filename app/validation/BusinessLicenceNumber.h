// Checks an old business-licence registration number (营业执照注册号): 15
// digits, the last one an ISO 7064 MOD 11,10 check digit. Still asked for when
// verification is done by Finance Cloud staff. Must never accept a number that
// fails the check.
#pragma once

#include "FieldVerdict.h"

#include <QCoreApplication>

class BusinessLicenceNumber
{
    Q_DECLARE_TR_FUNCTIONS(BusinessLicenceNumber)
public:
    static constexpr qsizetype Length = 15;

    // Trims and folds full-width digits before checking.
    static FieldVerdict check(const QString &input);

    // The check digit for the first 14 characters of `number`; a null QChar
    // when there are fewer or one is not an ASCII digit.
    static QChar checkDigit(QStringView number);
};
