// One goroutine owns the cache and serves requests from a channel: no
// lock at all, each request handled whole before the next.
type request struct {
	key, value int
	put        bool
	reply      chan int
}

type LRUCache struct {
	requests chan request
}

func Constructor(capacity int) LRUCache {
	c := LRUCache{requests: make(chan request)}
	go serve(capacity, c.requests)
	return c
}

func serve(capacity int, requests chan request) {
	keys := []int{}
	values := map[int]int{}
	touch := func(key int) {
		for i, k := range keys {
			if k == key {
				keys = append(keys[:i], keys[i+1:]...)
				break
			}
		}
		keys = append(keys, key)
	}
	for r := range requests {
		if r.put {
			if _, ok := values[r.key]; !ok && len(keys) == capacity {
				delete(values, keys[0])
				keys = keys[1:]
			}
			values[r.key] = r.value
			touch(r.key)
			r.reply <- 0
			continue
		}
		v, ok := values[r.key]
		if !ok {
			r.reply <- -1
			continue
		}
		touch(r.key)
		r.reply <- v
	}
}

func (c *LRUCache) Get(key int) int {
	reply := make(chan int)
	c.requests <- request{key: key, reply: reply}
	return <-reply
}

func (c *LRUCache) Put(key int, value int) {
	reply := make(chan int)
	c.requests <- request{key: key, value: value, put: true, reply: reply}
	<-reply
}
