// Fuzzes the prefill file reader (`--prefill`): any bytes give either an
// error that says something, or data the wizard can use as it is — a company
// name, only keys a prefill file may set, each once, the company name locked,
// a known language or none.
#include "FuzzInput.h"

#include "onboarding/FieldKey.h"
#include "prefill/PrefillFile.h"

#include <QSet>

using FuzzInput::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};
    const Result<PrefillData> read = PrefillFile::parse(bytes, QDate(2026, 11, 28), languages);
    if (!read) {
        require(!read.error().message.isEmpty());
        return 0;
    }
    const PrefillData &prefill = read.value();
    require(!prefill.companyName().trimmed().isEmpty());
    require(prefill.lockedKeys().contains(FieldKey::CompanyName));
    require(prefill.language.isEmpty() || languages.contains(prefill.language));
    QSet<QString> seen;
    for (const PrefillField &field : prefill.fields) {
        require(PrefillFile::acceptedKeys().contains(field.key));
        require(!seen.contains(field.key));
        seen.insert(field.key);
        require(!field.value.trimmed().isEmpty());
    }
    return 0;
}
