#include "io/DemoSession.h"

#include "io/SessionJson.h"

namespace wk::io {

Session demoSession() { return sessionFromJson(demoSessionJson()); }

}  // namespace wk::io
