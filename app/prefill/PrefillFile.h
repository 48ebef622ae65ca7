// Reads a prefill file: the company data and settings an administrator hands
// out with the installer (`--prefill FILE.json`, or `prefill=` in a settings
// file). Format version 1:
//   {"format": "fincloud-onboard.prefill", "formatVersion": 1,
//    "fields": {"company.name": {"value": "…", "locked": true},
//               "register.email": "…"},          (plain text: editable)
//    "settings": {"language": "zh_CN"}}
// A plain `check-data` file (one object of "key": "text") is read as all
// fields editable. Every value gets the checks `check-data` runs; the file is
// accepted only when nothing is wrong, so no profile ever starts half-filled.
// Pure: it reads the bytes it is given, never the file system.
#pragma once

#include "core/Result.h"
#include "prefill/PrefillData.h"
#include "validation/CompanyDataFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class PrefillFile
{
    Q_DECLARE_TR_FUNCTIONS(PrefillFile)
public:
    static inline const QString Format = QStringLiteral("fincloud-onboard.prefill");
    static constexpr int FormatVersion = 1;
    // Larger files are refused before parsing.
    static constexpr qsizetype MaxBytes = CompanyDataFile::MaxBytes;

    // The keys a prefill file may set: what a person types into the wizard
    // about the company (the keys `check-data` documents). company.name is
    // required and always locked: it is how the profile is found again.
    static const QStringList &acceptedKeys();

    // `languages`: the codes the program has (settings.language must be one).
    // On failure the Error's message says how many problems there are and its
    // details list each, one line "key: problem" per problem.
    static Result<PrefillData> parse(
        const QByteArray &json, QDate today, const QStringList &languages);
};
