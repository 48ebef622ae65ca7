// Checks a mainland China mobile number and gives it in E.164 form
// (+8613800138000). Separators people type are removed; a number of another
// country must never be turned into a mainland one.
#pragma once

#include "FieldVerdict.h"

#include <QCoreApplication>

class MobileNumber
{
    Q_DECLARE_TR_FUNCTIONS(MobileNumber)
public:
    static constexpr qsizetype Digits = 11;

    // Accepts spaces, dashes, brackets and dots anywhere and a leading +86,
    // 0086 or 86; full-width characters are folded first.
    static FieldVerdict check(const QString &input);
};
