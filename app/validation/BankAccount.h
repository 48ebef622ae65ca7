// Checks a corporate (对公) bank account number: 10 to 30 digits. There is
// deliberately no Luhn check: it is meant for cards, and even some cards fail
// it, so this class must never reject an account for failing it.
#pragma once

#include "FieldVerdict.h"

#include <QCoreApplication>

class BankAccount
{
    Q_DECLARE_TR_FUNCTIONS(BankAccount)
public:
    static constexpr qsizetype MinDigits = 10;
    static constexpr qsizetype MaxDigits = 30;

    // Spaces (typed to group digits) are removed and full-width digits folded;
    // the account is stored as digits only.
    static FieldVerdict check(const QString &input);
};
