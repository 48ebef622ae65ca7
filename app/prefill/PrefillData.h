// What a valid prefill file holds: the company values an administrator hands
// out, each locked (read-only in the wizard) or editable, and the starting
// settings. Plain data; PrefillFile makes it only from a file that passed
// every check.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct PrefillField
{
    QString key; // a FieldKey
    QString value; // checked and normalised (e.g. the mobile number in E.164)
    bool locked = false;
};

struct PrefillData
{
    QList<PrefillField> fields; // in the order of FieldKey::All
    QString language; // settings.language; empty when the file sets none

    QString companyName() const;
    QStringList lockedKeys() const;
};
