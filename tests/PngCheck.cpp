// png-check FILE WIDTH HEIGHT: exit 0 when the PNG has that size and is a picture, not a blank:
// more than a few colours, none of which covers nearly all of it. Used by the screenshot tests.
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <map>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: png-check FILE WIDTH HEIGHT\n");
        return 2;
    }
    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load(argv[1], &w, &h, &n, 4);
    if (!px) {
        std::printf("%s: not a PNG that can be read\n", argv[1]);
        return 1;
    }
    std::map<unsigned, long> colours;
    for (long i = 0; i < static_cast<long>(w) * h; ++i) {
        const unsigned char* p = px + i * 4;
        ++colours[(unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2]];
    }
    stbi_image_free(px);
    long most = 0;
    for (const auto& [c, count] : colours) most = std::max(most, count);
    const double share = static_cast<double>(most) / (static_cast<double>(w) * h);
    if (w != std::atoi(argv[2]) || h != std::atoi(argv[3])) {
        std::printf("%s is %dx%d, not %sx%s\n", argv[1], w, h, argv[2], argv[3]);
        return 1;
    }
    if (colours.size() < 8 || share > 0.98) {
        std::printf("%s is blank: %zu colour(s), one of them on %.1f%% of it\n", argv[1], colours.size(), share * 100);
        return 1;
    }
    return 0;
}
