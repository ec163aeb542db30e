// wijkkiosk: the touchscreen kiosk for neighbourhood meetings, and its command-line verbs.
#include <csignal>
#include <iostream>

#include "app/Cli.h"
#include "app/Commands.h"
#include "platform/Window.h"
#include "store/Sqlite.h"

int main(int argc, char** argv) {
    using namespace wk;
    // A file-size limit (or a full quota) must end as "not saved", not kill the kiosk mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
    try {
        const app::Options o = app::parseArgs({argv + 1, argv + argc});
        return app::runMain(o);
    } catch (const app::UsageError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return 2;
    } catch (const store::StoreError& e) {
        // The store never overwrites what it could not read; say what is wrong and stop.
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return e.kind == store::StoreError::Kind::Other ? 1 : 2;
    } catch (const platform::PlatformError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return 1;
    }
}
