// Accepted: a solution pasted with its own #include lines and explicit std::
// qualification must compile alongside the judge's implicit headers.
#include <list>
#include <unordered_map>
#include <utility>

class LRUCache {
public:
    LRUCache(int capacity) : cap_(capacity) {}

    int get(int key) {
        auto it = pos_.find(key);
        if (it == pos_.end()) return -1;
        items_.splice(items_.begin(), items_, it->second);
        return it->second->second;
    }

    void put(int key, int value) {
        auto it = pos_.find(key);
        if (it != pos_.end()) {
            it->second->second = value;
            items_.splice(items_.begin(), items_, it->second);
            return;
        }
        if (static_cast<int>(items_.size()) == cap_) {
            pos_.erase(items_.back().first);
            items_.pop_back();
        }
        items_.push_front(std::make_pair(key, value));
        pos_[key] = items_.begin();
    }

private:
    int cap_;
    std::list<std::pair<int, int>> items_;
    std::unordered_map<int, std::list<std::pair<int, int>>::iterator> pos_;
};
