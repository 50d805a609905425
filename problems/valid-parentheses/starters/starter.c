bool isValid(char* s) {
    return false;
}
