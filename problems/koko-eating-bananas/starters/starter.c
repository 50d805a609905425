int minEatingSpeed(int* piles, int pilesSize, int h) {
    return 0;
}
