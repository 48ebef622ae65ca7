// Which addresses the wizard may open in the user's browser: https on the
// provider's own domains only. The UI opens nothing that fails this check.
#pragma once

#include <QUrl>

namespace ProviderUrl {
bool isOfficial(const QUrl &url);

// The pages the guide sends the user to.
QUrl homePage(); // registration starts here (免费注册, top right)
QUrl accountConsole(); // real-name verification
QUrl billingConsole(); // top-up, contracts, invoices
QUrl ecsConsole(); // building the environment in a region
} // namespace ProviderUrl
