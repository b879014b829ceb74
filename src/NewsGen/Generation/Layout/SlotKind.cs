namespace NewsGen.Generation.Layout;

/// <summary>What an article-level member holds, which decides how the views receive it.</summary>
internal enum SlotKind
{
    /// <summary>A <c>const string</c>; the views receive it as a constructor argument (one reference to the constant).</summary>
    Text,

    /// <summary>A <c>const int</c>; the views receive it in the article's table of numbers.</summary>
    Number,

    /// <summary>A <c>const bool</c>; the views receive it in the table of numbers as 0 or 1.</summary>
    Flag,
}
