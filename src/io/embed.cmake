# Turns a text file into a C++ source holding it as one string, returned by the function NAME.
if(NOT NAME)
  set(NAME demoSessionJson)
endif()
file(READ ${IN} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace wk::io {\nstatic const unsigned char kData[] = {${bytes} 0};\nstd::string_view ${NAME}() { return {reinterpret_cast<const char*>(kData), sizeof(kData) - 1}; }\n}\n")
