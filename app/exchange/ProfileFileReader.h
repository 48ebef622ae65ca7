// Reads a profile file (ExchangeFormat) and checks everything in it before
// anything may be stored: the format and version, every field with the same
// checks as `check-data` (CompanyDataFile) plus the fixed values of the choice
// fields, strict dates, the steps against the flow rules (no step past "in
// progress" before the steps it depends on), and the event log. Pure: bytes
// in, content or a list of problems out; it never touches the file system or
// the store, and never accepts a key that would hold a secret.
#pragma once

#include "ProfileFileContent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

class ProfileFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFileReader)
public:
    // Error::code of every refusal.
    static inline const QString RejectedCode = QStringLiteral("import.rejected");
    // A file with many problems lists this many and says how many more.
    static constexpr int MaxProblemsListed = 20;

    // `today` is the user's day (the resident ID's birth date must lie before
    // it). On refusal, Error::message says why in sentences, one problem per
    // line, each naming the place in the file (e.g. fields."company.credit_code").
    static Result<ProfileFileContent> read(const QByteArray &bytes, QDate today);
};
