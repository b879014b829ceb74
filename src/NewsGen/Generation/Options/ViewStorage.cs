namespace NewsGen.Generation.Options;

/// <summary>What the generated views do, once <see cref="StorageOption.Auto"/> has been decided.</summary>
public enum ViewStorage
{
    /// <summary>Views load the <c>const string</c> literals.</summary>
    Strings,

    /// <summary>Views decode text from the <c>u8</c> data.</summary>
    Utf8,
}
