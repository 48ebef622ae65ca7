// The inputs each step's page checks as the user types, and the one rule for
// leaving that page with Next: no checked input that applies may hold an
// error, nor a warning without the reason the step asks for, and with a VPC
// chosen the address plan of step 5 may hold no error. The verdict for each
// value comes from CompanyDataFile::checkValue, the rule check-data uses too.
// Read by the page's inline checks and by the wizard for a page whose widgets
// are not built yet, so that the two always agree. It never refers to widgets.
#pragma once

#include "ProfileData.h"
#include "validation/FieldVerdict.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

struct CheckedInput
{
    QString key;
    // A warning may be kept when this field holds a reason; empty: it may not.
    QString reasonKey = {};
    // Whether the input counts for this profile (null: always). A page hides
    // an input that does not count.
    bool (*applies)(const ProfileData &data) = nullptr;
};

class StepInputs
{
    Q_DECLARE_TR_FUNCTIONS(StepInputs)
public:
    // In the order the page shows them.
    static QList<CheckedInput> checked(StepId step);
    // The input of `step` stored under `key`, if the step checks it.
    static std::optional<CheckedInput> find(StepId step, const QString &key);

    static FieldVerdict verdict(const QString &key, const QString &text, QDate today);
    static bool passes(const CheckedInput &input, const ProfileData &data, QDate today);
    // Whether the step's page may be left with Next.
    static bool mayLeave(StepId step, const ProfileData &data, QDate today);
    // Why not: one translated sentence per input that holds the page, naming
    // the field and what it needs; empty when the page may be left.
    static QStringList holdBack(StepId step, const ProfileData &data, QDate today);
};
