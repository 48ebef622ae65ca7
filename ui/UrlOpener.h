// How the wizard opens a provider page in the browser. Injected so that tests
// can see what would be opened without starting a browser. The wizard calls
// it only for addresses that pass ProviderUrl::isOfficial.
#pragma once

#include <QUrl>

#include <functional>

using UrlOpener = std::function<bool(const QUrl &)>;

UrlOpener desktopUrlOpener(); // QDesktopServices::openUrl
