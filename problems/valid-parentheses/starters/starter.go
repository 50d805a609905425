func isValid(s string) bool {
    return false
}
