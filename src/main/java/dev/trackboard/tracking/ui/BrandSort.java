package dev.trackboard.tracking.ui;

/** The orders of the brands list (at most 200 brands, sorted here, not by the API). */
enum BrandSort {
    NAME, ACCOUNTS, POSTS
}
