// Fuzzes the company identifiers: credit code, licence number, resident ID and
// company name.
#include "FuzzInput.h"

#include "validation/BusinessLicenceNumber.h"
#include "validation/CompanyName.h"
#include "validation/InputText.h"
#include "validation/ResidentId.h"
#include "validation/SocialCreditCode.h"

using FuzzInput::checked;
using FuzzInput::require;

namespace {

void testCreditCode(const QString &input)
{
    const FieldVerdict verdict = checked(SocialCreditCode::check, input);
    if (verdict.blocks())
        return;
    require(verdict.normalized.size() == SocialCreditCode::Length);
    require(FuzzInput::isAscii(verdict.normalized));
    const bool checkHolds
        = SocialCreditCode::checkCharacter(verdict.normalized) == verdict.normalized.back();
    require(checkHolds == (verdict.level == FieldVerdict::Ok));
}

void testLicenceNumber(const QString &input)
{
    const FieldVerdict verdict = checked(BusinessLicenceNumber::check, input);
    if (verdict.blocks())
        return;
    require(verdict.level == FieldVerdict::Ok);
    require(verdict.normalized.size() == BusinessLicenceNumber::Length);
    require(InputText::isAsciiDigits(verdict.normalized));
    require(BusinessLicenceNumber::checkDigit(verdict.normalized) == verdict.normalized.back());
}

void testResidentId(const QString &input)
{
    for (const QDate today : {QDate(2026, 1, 1), QDate()}) {
        const FieldVerdict verdict = checked(
            [today](const QString &text) { return ResidentId::check(text, today); }, input);
        if (verdict.blocks())
            continue;
        require(verdict.level == FieldVerdict::Ok);
        require(verdict.normalized.size() == ResidentId::Length);
        require(ResidentId::checkCharacter(verdict.normalized) == verdict.normalized.back());
        const QDate born
            = QDate::fromString(verdict.normalized.mid(6, 8), QStringLiteral("yyyyMMdd"));
        require(born.isValid() && born.year() >= ResidentId::EarliestBirthYear);
        require(!today.isValid() || born <= today);
    }
}

void testCompanyName(const QString &input)
{
    const FieldVerdict verdict = checked(CompanyName::check, input);
    if (verdict.blocks())
        return;
    require(verdict.normalized == input);
    require(!verdict.normalized.isEmpty() && verdict.normalized.size() <= CompanyName::MaxLength);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput::forEachDecoding(data, size, [](const QString &input) {
        testCreditCode(input);
        testLicenceNumber(input);
        testResidentId(input);
        testCompanyName(input);
    });
    return 0;
}
