// The made-up company the program shows and measures itself with: the
// screenshot tour and the UI inventory fill it in, the tests store it, the
// benchmarks type it. Its values pass every check the wizard makes (the
// credit code's check character, the mobile number, the VPC plan), so every
// page it fills can be left. Only the company's own data: how far a step has
// got (statuses, outcomes, deposit attempts) is each user's scenario. It must
// never hold a real company's data, nor be offered to a user as a start.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class Profile;

class SampleCompany
{
public:
    static QString name();
    // Every field it fills (the name aside: each user creates the profile
    // under a name of its own), in the order a person reads the wizard.
    static const QList<QPair<QString, QString>> &fields();
    // One of fields(); empty for a key it does not fill.
    static QString field(const QString &key);
    // Sets each of fields() on the profile, as a person typing them would.
    static void fillIn(Profile &profile);
};
