#include "PrefillData.h"

#include "onboarding/FieldKey.h"

QString PrefillData::companyName() const
{
    for (const PrefillField &field : fields) {
        if (field.key == FieldKey::CompanyName)
            return field.value;
    }
    return QString();
}

QStringList PrefillData::lockedKeys() const
{
    QStringList keys;
    for (const PrefillField &field : fields) {
        if (field.locked)
            keys.append(field.key);
    }
    return keys;
}
