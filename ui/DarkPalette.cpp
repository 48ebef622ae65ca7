#include "DarkPalette.h"

#include <array>

namespace {

// The scheme's colours in its file's order, which is QPalette::ColorRole's
// order from WindowText to PlaceholderText.
constexpr std::array<QRgb, 21> Active = {0xffffffff, 0xff424245, 0xff979797, 0xff5e5c5b, 0xff302f2e,
    0xff4a4947, 0xffffffff, 0xffffffff, 0xffffffff, 0xff3d3d3d, 0xff222020, 0xffe7e4e0, 0xff12608a,
    0xfff9f9f9, 0xff0986d3, 0xffa70b06, 0xff5c5b5a, 0xffffffff, 0xff3f3f36, 0xffffffff, 0x80ffffff};

// The disabled group differs only in its grey texts.
constexpr QRgb DisabledText = 0xff808080;

} // namespace

QPalette DarkPalette::qt6ctDarker()
{
    QPalette palette;
    for (int role = 0; role < int(Active.size()); ++role) {
        const auto colourRole = static_cast<QPalette::ColorRole>(role);
        if (colourRole == QPalette::NoRole)
            continue;
        const QColor colour = QColor::fromRgba(Active[size_t(role)]);
        palette.setColor(QPalette::Active, colourRole, colour);
        palette.setColor(QPalette::Inactive, colourRole, colour);
        palette.setColor(QPalette::Disabled, colourRole, colour);
    }
    for (QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        palette.setColor(QPalette::Disabled, role, QColor::fromRgb(DisabledText));
    return palette;
}
