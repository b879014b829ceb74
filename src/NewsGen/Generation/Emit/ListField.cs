namespace NewsGen.Generation.Emit;

/// <summary>
/// A field of a generated list struct, set by its constructor: <c>_name</c> of <see cref="Type"/>, from the parameter
/// <c>name</c>.
/// </summary>
/// <param name="Type">The C# type, as the generated code writes it (with <c>?</c> where it may be null).</param>
/// <param name="Name">The parameter's name; the field is this with a leading underscore.</param>
internal sealed record ListField(string Type, string Name)
{
    /// <summary>The field's name.</summary>
    public string Field => "_" + Name;
}
