#include "platform/Speech.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <iostream>

#include "io/AtomicFile.h"

namespace wk::platform {
namespace {

Speaker* g_speaking = nullptr;  // espeak-ng has one engine per process, and its callback no context

void put16(std::string& out, unsigned v) { out += static_cast<char>(v & 0xFF), out += static_cast<char>((v >> 8) & 0xFF); }
void put32(std::string& out, unsigned v) { put16(out, v & 0xFFFF), put16(out, v >> 16); }

int synthCallback(short* samples, int count, espeak_EVENT*) { return Speaker::onSamples(samples, count); }

// A mono 16-bit PCM WAV file.
std::string wavFile(const std::vector<std::int16_t>& samples, int rate) {
    std::string out = "RIFF";
    const unsigned bytes = static_cast<unsigned>(samples.size() * 2);
    put32(out, 36 + bytes);
    out += "WAVEfmt ";
    put32(out, 16), put16(out, 1), put16(out, 1), put32(out, static_cast<unsigned>(rate)), put32(out, static_cast<unsigned>(rate) * 2);
    put16(out, 2), put16(out, 16);
    out += "data";
    put32(out, bytes);
    for (std::int16_t s : samples) put16(out, static_cast<std::uint16_t>(s));
    return out;
}

}  // namespace

Speaker::Speaker(const io::KioskConfig::Speech& settings) : settings_(settings) {
    if (!settings_.enabled) {
        why_ = "switched off in the config ([speech] enabled = false)";
        return;
    }
    worker_ = std::thread([this] { run(); });
    std::unique_lock lock(m_);
    ready_.wait(lock, [this] { return started_; });
    if (!available_) std::cerr << "wijkkiosk: \"Lees voor\" is not offered: " << why_ << "\n";
}

Speaker::~Speaker() {
    {
        std::lock_guard lock(m_);
        quit_ = true;
        if (settings_.wav.empty()) ++generation_;  // speakers: stop at once; a WAV is finished
    }
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
    if (device_) SDL_CloseAudioDevice(device_);
}

bool Speaker::initialise() {
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    if (espeak_ng_Initialize(&context) != ENS_OK) {
        espeak_ng_ClearErrorContext(&context);
        why_ = "espeak-ng has no data (apt-get install espeak-ng)";
        return false;
    }
    espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (espeak_ng_SetVoiceByName(settings_.voice.c_str()) != ENS_OK) {
        why_ = "no espeak-ng voice \"" + settings_.voice + "\" ([speech] voice; apt-get install espeak-ng)";
        return false;
    }
    espeak_SetParameter(espeakRATE, settings_.rate, 0);
    espeak_SetSynthCallback(&synthCallback);
    sampleRate_ = espeak_ng_GetSampleRate();
    if (!settings_.wav.empty()) return true;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        why_ = std::string("no sound: ") + SDL_GetError();
        return false;
    }
    SDL_AudioSpec want{}, have{};
    want.freq = sampleRate_;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 2048;
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (!device_) {
        why_ = std::string("no sound device: ") + SDL_GetError();
        return false;
    }
    SDL_PauseAudioDevice(device_, 0);
    return true;
}

void Speaker::run() {
    const bool ok = initialise();
    struct Done {  // espeak-ng's memory back when the worker ends, however it ends
        ~Done() { espeak_Terminate(); }
    } done;
    {
        std::lock_guard lock(m_);
        available_ = ok;
        started_ = true;
    }
    ready_.notify_all();
    if (!ok) return;
    for (;;) {
        std::string text;
        {
            std::unique_lock lock(m_);
            wake_.wait(lock, [this] { return quit_ || next_; });
            if (!next_) return;  // quitting with nothing left to say
            text = std::move(*next_);
            next_.reset();
            busy_ = true;
            current_ = generation_;
        }
        synthesise(text);
        std::lock_guard lock(m_);
        busy_ = false;
        if (quit_ && !next_) return;
    }
}

void Speaker::synthesise(const std::string& text) {
    wav_.clear();
    g_speaking = this;
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    espeak_Synchronize();
    g_speaking = nullptr;
    bool aborted = false;
    {
        std::lock_guard lock(m_);
        aborted = current_ != generation_;
    }
    if (!settings_.wav.empty() && !aborted) {
        try {
            io::writeFileAtomically(settings_.wav, wavFile(wav_, sampleRate_));
        } catch (const std::exception& e) {
            std::cerr << "wijkkiosk: \"Lees voor\" could not write " << settings_.wav << ": " << e.what() << "\n";
        }
    }
}

int Speaker::onSamples(short* samples, int count) {
    Speaker* self = g_speaking;
    if (!self) return 1;
    {
        std::lock_guard lock(self->m_);
        if (self->current_ != self->generation_) return 1;  // stopped, or a new text: abort
    }
    if (samples && count > 0) {
        if (self->device_) SDL_QueueAudio(self->device_, samples, static_cast<Uint32>(count) * sizeof(short));
        else self->wav_.insert(self->wav_.end(), samples, samples + count);
    }
    return 0;
}

void Speaker::say(std::string text) {
    if (!available_) return;
    {
        std::lock_guard lock(m_);
        ++generation_;
        next_ = std::move(text);
    }
    if (device_) SDL_ClearQueuedAudio(device_);
    wake_.notify_all();
}

void Speaker::stop() {
    if (!available_) return;
    {
        std::lock_guard lock(m_);
        ++generation_;
        next_.reset();
    }
    if (device_) SDL_ClearQueuedAudio(device_);
}

bool Speaker::speaking() const {
    if (!available_) return false;
    {
        std::lock_guard lock(m_);
        if (busy_ || next_) return true;
    }
    return device_ && SDL_GetQueuedAudioSize(device_) > 0;
}

}  // namespace wk::platform
