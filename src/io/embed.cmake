# Turns a text file into a C++ source holding it as one string.
file(READ ${IN} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace wk::io {\nstatic const unsigned char kDemo[] = {${bytes} 0};\nstd::string_view demoSessionJson() { return {reinterpret_cast<const char*>(kDemo), sizeof(kDemo) - 1}; }\n}\n")
