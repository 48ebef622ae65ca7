#include "Ipv4Cidr.h"

#include "InputText.h"

namespace {

constexpr qsizetype MaxTypedLength = 64; // "255.255.255.255/32" is 18

// A decimal number of 1 to `maxDigits` ASCII digits without a leading zero,
// or -1.
int strictNumber(QStringView text, qsizetype maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits || !InputText::isAsciiDigits(text))
        return -1;
    if (text.size() > 1 && text.front() == u'0')
        return -1;
    return text.toInt();
}

Result<quint32> parseAddress(QStringView text)
{
    const qsizetype parts = text.count(u'.') + 1;
    if (parts != 4)
        return Error {Ipv4Cidr::tr("An IPv4 address has four numbers separated by dots; %1 has "
                                   "%2.",
                          "@info validation")
                          .arg(text)
                          .arg(parts),
            {}};
    quint32 address = 0;
    for (const QStringView part : text.tokenize(u'.')) {
        const int value = strictNumber(part, 3);
        if (value < 0 && InputText::isAsciiDigits(part) && part.size() > 1 && part.size() <= 3)
            return Error {
                Ipv4Cidr::tr("Write %1 without the leading zero.", "@info validation").arg(part),
                {}};
        if (value < 0 || value > 255)
            return Error {Ipv4Cidr::tr("Each number of an IPv4 address is 0 to 255; \"%1\" is "
                                       "not.",
                              "@info validation")
                              .arg(part),
                {}};
        address = address << 8 | quint32(value);
    }
    return address;
}

} // namespace

Result<Ipv4Cidr> Ipv4Cidr::parse(const QString &text)
{
    if (text.size() > MaxTypedLength)
        return Error {tr("That is far too long for an address block such as 10.0.0.0/16.",
                          "@info validation"),
            {}};
    const QString cidr = InputText::foldFullWidth(text.trimmed());
    if (cidr.isEmpty())
        return Error {tr("Enter an address block such as 10.0.0.0/16.", "@info validation"), {}};
    const qsizetype slash = cidr.indexOf(u'/');
    if (slash < 0 || cidr.count(u'/') != 1)
        return Error {
            tr("Write the block as address/mask, for example 10.0.0.0/16.", "@info validation"),
            {}};
    const Result<quint32> address = parseAddress(QStringView(cidr).first(slash));
    if (!address)
        return address.error();
    const int prefixLength = strictNumber(QStringView(cidr).sliced(slash + 1), 2);
    if (prefixLength < 0 || prefixLength > 32)
        return Error {tr("The mask after the slash is a number from 0 to 32; \"%1\" is not.",
                          "@info validation")
                          .arg(QStringView(cidr).sliced(slash + 1)),
            {}};
    return fromParts(address.value(), prefixLength);
}

Result<Ipv4Cidr> Ipv4Cidr::fromParts(quint32 network, int prefixLength)
{
    if (prefixLength < 0 || prefixLength > 32)
        return Error {tr("The mask after the slash is a number from 0 to 32; \"%1\" is not.",
                          "@info validation")
                          .arg(prefixLength),
            {}};
    const Ipv4Cidr block(network, prefixLength);
    const quint32 start = network & block.netmask();
    if (start != network)
        return Error {tr("%1/%2 has host bits set: a /%2 block starts at %3. Write %3/%2.",
                          "@info validation")
                          .arg(addressToString(network))
                          .arg(prefixLength)
                          .arg(addressToString(start)),
            {}};
    return block;
}

quint32 Ipv4Cidr::netmask() const
{
    // Shifting a 32-bit value by 32 is undefined, hence the 64-bit detour.
    return quint32(~quint64(0) << (32 - m_prefixLength));
}

bool Ipv4Cidr::contains(const Ipv4Cidr &other) const
{
    return other.m_prefixLength >= m_prefixLength && (other.m_network & netmask()) == m_network;
}

bool Ipv4Cidr::overlaps(const Ipv4Cidr &other) const
{
    return contains(other) || other.contains(*this);
}

QString Ipv4Cidr::toString() const
{
    return QStringLiteral("%1/%2").arg(addressToString(m_network)).arg(m_prefixLength);
}

QString Ipv4Cidr::addressToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg(address >> 16 & 0xFF)
        .arg(address >> 8 & 0xFF)
        .arg(address & 0xFF);
}
