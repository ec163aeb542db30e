// "Lees voor" out loud: espeak-ng synthesises on a thread of its own (never the frame's), and
// the samples play through SDL's audio as they come, or are written to a WAV file when the config
// says so (tests, a kiosk without speakers). A new text replaces the one being read; stop() is
// immediate. Without a voice or a sound device the speaker is unavailable and says why once.
#pragma once
#include <SDL.h>

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "io/Config.h"

namespace wk::platform {

class Speaker {
public:
    explicit Speaker(const io::KioskConfig::Speech&);
    ~Speaker();  // stops speaking; a WAV file being written is finished first
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    bool available() const { return available_; }
    const std::string& why() const { return why_; }  // why it is not available
    void say(std::string text);
    void stop();
    bool speaking() const;
    // espeak-ng's samples as they come (its callback, on the worker): 1 aborts the synthesis.
    static int onSamples(short* samples, int count);

private:
    void run();
    bool initialise();
    void synthesise(const std::string& text);

    io::KioskConfig::Speech settings_;
    bool available_ = false;
    std::string why_;
    SDL_AudioDeviceID device_ = 0;
    int sampleRate_ = 22050;
    std::vector<std::int16_t> wav_;  // what this text said so far, for the WAV file

    mutable std::mutex m_;
    std::condition_variable wake_, ready_;
    std::optional<std::string> next_;
    bool started_ = false, quit_ = false, busy_ = false;
    std::uint64_t generation_ = 0;  // bumped by stop() and say(): the synthesis in hand aborts
    std::uint64_t current_ = 0;
    std::thread worker_;
};

}  // namespace wk::platform
