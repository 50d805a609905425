class MinHeap {
public:
    MinHeap() {
        
    }
    
    void push(int val) {
        
    }
    
    int pop() {
        return 0;
    }
    
    int peek() {
        return 0;
    }
    
    int size() {
        return 0;
    }
};
