// The user-facing name of each stored field, for the timeline and reports.
// Translated when asked for.
#pragma once

#include <QCoreApplication>

#include <optional>

class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)
public:
    // The key itself for an unknown key (written by a newer version).
    static QString label(const QString &key);
    // The label of a key this version knows; none for any other. Every key
    // of FieldKey::Stored has one (tested).
    static std::optional<QString> known(const QString &key);
};
