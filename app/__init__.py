"""The Huawei 5G position tracker."""
