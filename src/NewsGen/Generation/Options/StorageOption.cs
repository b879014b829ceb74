namespace NewsGen.Generation.Options;

/// <summary>The <c>NewsGenStorage</c> option: how the views get article text.</summary>
public enum StorageOption
{
    /// <summary>Strings while the corpus fits comfortably in the user-string heap, UTF-8 beyond (the default).</summary>
    Auto,

    /// <summary>The views return the string constants: every read allocates nothing, but each loaded literal takes user-string heap.</summary>
    Strings,

    /// <summary>The views decode article text from the UTF-8 data on each read: no user-string heap, an allocation per string read.</summary>
    Utf8,
}
