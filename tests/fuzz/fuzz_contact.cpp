// Fuzzes the contact fields: mainland mobile number and e-mail address.
#include "FuzzInput.h"

#include "validation/EmailAddress.h"
#include "validation/InputText.h"
#include "validation/MobileNumber.h"

using FuzzInput::checked;
using FuzzInput::require;

namespace {

void testMobile(const QString &input)
{
    const FieldVerdict verdict = checked(MobileNumber::check, input);
    if (verdict.blocks())
        return;
    require(verdict.level == FieldVerdict::Ok);
    const QString &e164 = verdict.normalized;
    require(e164.size() == 3 + MobileNumber::Digits && e164.startsWith(QStringLiteral("+861")));
    require(InputText::isAsciiDigits(QStringView(e164).sliced(1)));
    require(e164[4] >= u'3');
}

void testEmail(const QString &input)
{
    for (const bool required : {true, false}) {
        const FieldVerdict verdict = checked(
            [required](const QString &text) { return EmailAddress::check(text, required); }, input);
        if (verdict.blocks())
            continue;
        const QString &address = verdict.normalized;
        if (address.isEmpty()) {
            require(!required && input.trimmed().isEmpty());
            continue;
        }
        require(address.size() <= EmailAddress::MaxLength && address.count(u'@') == 1);
        require(FuzzInput::isAscii(address));
        const QString domain = address.sliced(address.indexOf(u'@') + 1);
        require(domain == InputText::asciiLower(domain));
        require((verdict.level == FieldVerdict::Note) == EmailAddress::isFreeMailDomain(domain));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput::forEachDecoding(data, size, [](const QString &input) {
        testMobile(input);
        testEmail(input);
    });
    return 0;
}
