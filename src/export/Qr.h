// QR codes for the join address, by libqrencode: the modules only; the screens draw them.
#pragma once
#include <string>
#include <vector>

namespace wk::io {

struct QrCode {
    int size = 0;                   // modules per side; 0 when there is no code
    std::vector<unsigned char> on;  // size * size, row by row: 1 is a dark module
    bool dark(int x, int y) const { return on[static_cast<std::size_t>(y * size + x)] != 0; }
};

QrCode encodeQr(const std::string& text);

}  // namespace wk::io
