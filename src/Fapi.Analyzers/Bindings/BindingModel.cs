using System;
using System.Collections.Immutable;
using Fapi.Analyzers.Facts;

namespace Fapi.Analyzers.Bindings;

/// <summary>
/// One library's configuration API as a table: which members carry which setting, with the library's defaults.
/// Type names are metadata names; the engine resolves them once per compilation.
/// </summary>
public sealed class LibraryBinding
{
    public string Name { get; set; } = "";
    /// <summary>Types whose presence in the compilation turns this binding on.</summary>
    public ImmutableArray<string> GateTypes { get; set; } = ImmutableArray<string>.Empty;
    public ImmutableArray<ModelBinding> Models { get; set; } = ImmutableArray<ModelBinding>.Empty;
    public ImmutableArray<EntryBinding> Entries { get; set; } = ImmutableArray<EntryBinding>.Empty;
    public ImmutableArray<CallBinding> Calls { get; set; } = ImmutableArray<CallBinding>.Empty;
    public ImmutableArray<RegistrationBinding> Registrations { get; set; } = ImmutableArray<RegistrationBinding>.Empty;
    /// <summary>Static fields that are not const but have a documented value (read by symbol, never by initializer).</summary>
    public ImmutableArray<KnownValue> KnownValues { get; set; } = ImmutableArray<KnownValue>.Empty;
    /// <summary>Client settings that fall back to a server setting when the client leaves them unset.</summary>
    public ImmutableArray<Inheritance> Inherited { get; set; } = ImmutableArray<Inheritance>.Empty;
    /// <summary>Client facts that follow from other facts by the library's behaviour (a table, read by the engine).</summary>
    public ImmutableArray<Derivation> Derived { get; set; } = ImmutableArray<Derivation>.Empty;
    /// <summary>What the library does whatever its configuration says, where a profile asks otherwise.</summary>
    public ImmutableArray<Limitation> Limitations { get; set; } = ImmutableArray<Limitation>.Empty;
    /// <summary>Library objects that stand for one value where they are created (a secret for its type).</summary>
    public ImmutableArray<ObjectValue> ObjectValues { get; set; } = ImmutableArray<ObjectValue>.Empty;

    /// <summary>Where a token the code builds becomes a protocol message (models that need it: <see cref="ModelBinding.RequiresProtocolReach"/>).</summary>
    public ImmutableArray<ProtocolSink> ProtocolSinks { get; set; } = ImmutableArray<ProtocolSink>.Empty;

    /// <summary>Members whose use in a configuration's code tells (or hides) a setting that no property carries.</summary>
    public ImmutableArray<Evidence> Evidence { get; set; } = ImmutableArray<Evidence>.Empty;

    /// <summary>Where the library binds a model from a configuration file section (docs/configuration-files.md).</summary>
    public ImmutableArray<SectionBinding> Sections { get; set; } = ImmutableArray<SectionBinding>.Empty;
}

/// <summary>
/// A configuration section the library binds to a model: the section passed to a method (AddInMemoryClients(section),
/// a list of models), or a section found by convention for each options name (Authentication:Schemes:{name}).
/// The options pattern (Configure&lt;T&gt;(name, section)) needs no entry: every bound options model has it.
/// </summary>
public sealed class SectionBinding
{
    public SectionBinding(string model, string? typeName = null, string? method = null, string? parameter = null)
    {
        Model = model;
        TypeName = typeName;
        Method = method;
        Parameter = parameter;
    }

    public string Model { get; }
    public string? TypeName { get; }
    public string? Method { get; }
    public string? Parameter { get; }

    /// <summary>True when the section holds a list of models (each one created by the binder, with its defaults).</summary>
    public bool IsList { get; set; }

    /// <summary>The section of each options name the code registers, "{name}" standing for the name.</summary>
    public string? Convention { get; set; }

    /// <summary>The first library version that binds the convention's section.</summary>
    public Version? Since { get; set; }

    /// <summary>The members the library reads from the section (a hand-written binder); empty when it binds every property.</summary>
    public ImmutableArray<string> Members { get; set; } = ImmutableArray<string>.Empty;
}

/// <summary>
/// A write that sends a token as a protocol message: a property (a client assertion), or a method called with
/// <see cref="Key"/> as its first argument and the token as its second (<c>SetParameter("request", jwt)</c>).
/// </summary>
public sealed class ProtocolSink
{
    public ProtocolSink(string typeName, string member, string? key = null)
    {
        TypeName = typeName;
        Member = member;
        Key = key;
    }

    public string TypeName { get; }
    public string Member { get; }
    public string? Key { get; }
}

/// <summary>
/// A member whose use anywhere in the code that configures an object (its lambda, nested lambdas, followed helpers)
/// decides <see cref="Setting"/>: to <see cref="Value"/> (a client assertion written in an event), or, when the value is
/// null, to unknown (an event the code hands to something the engine cannot read). Known evidence wins over unknown,
/// and both over what the model's properties say.
/// </summary>
public sealed class Evidence
{
    public Evidence(string typeName, string member, Setting setting, object? value = null, bool onlySubtypes = false)
    {
        TypeName = typeName;
        Member = member;
        Setting = setting;
        Value = value;
        OnlySubtypes = onlySubtypes;
    }

    public string TypeName { get; }
    public string Member { get; }
    public Setting Setting { get; }
    public object? Value { get; }

    /// <summary>True when only an assignment of a value of a derived type counts (an events class of the team's own).</summary>
    public bool OnlySubtypes { get; }
}

/// <summary>
/// <c>new T(...)</c> or <c>new T { Member = v }</c> stands for one value: the member set in the initializer, else the
/// constructor argument of <see cref="Parameter"/>, else <see cref="Default"/> (what the constructor sets); null for unknown.
/// </summary>
public sealed class ObjectValue
{
    /// <param name="member">The member that holds the value; null where the type alone decides (a key type's algorithm).</param>
    public ObjectValue(string typeName, string? member, string? parameter = null, object? @default = null)
    {
        TypeName = typeName;
        Member = member;
        Parameter = parameter;
        Default = @default;
    }

    public string TypeName { get; }
    public string? Member { get; }
    public string? Parameter { get; }
    public object? Default { get; }
}

/// <summary>Defaults that replace a model's own in library versions below <see cref="Below"/> (a default changed in that release).</summary>
public sealed class VersionDefaults
{
    public VersionDefaults(Version below, ImmutableArray<SettingValue> values)
    {
        Below = below;
        Values = values;
    }

    public Version Below { get; }
    public ImmutableArray<SettingValue> Values { get; }
}

/// <summary>
/// A setting the library fixes at <see cref="Value"/> whatever the configuration says (verified in its source, cited in
/// <see cref="Note"/>). It is judged once on the server registration; on each client only where no server is in the
/// compilation, and there only for clients <see cref="AppliesToClient"/> accepts.
/// </summary>
public sealed class Limitation
{
    /// <param name="below">The first library version without the limitation (null: every version has it).</param>
    public Limitation(Setting setting, object value, string note, Func<ClientConfiguration, bool>? appliesToClient = null, Version? below = null)
    {
        Below = below;
        Setting = setting;
        Value = value;
        Note = note;
        AppliesToClient = appliesToClient ?? (_ => true);
    }

    public Setting Setting { get; }
    public object Value { get; }
    public string Note { get; }
    public Func<ClientConfiguration, bool> AppliesToClient { get; }

    /// <summary>The first library version without the limitation; null when every version has it.</summary>
    public Version? Below { get; }

    public bool AppliesTo(Version version) => Below is null || version < Below;
}

/// <summary>
/// A client setting the library decides from another one when code leaves it unset: <see cref="Target"/> is
/// <see cref="Map"/> of the effective <see cref="Source"/> (the client's own, else inherited). An unknown source gives an unknown target.
/// </summary>
public sealed class Derivation
{
    /// <param name="inverse">For a collection derived element by element: the source element that yields a target value
    /// (a response type's grant type), so a fix of the derived element rewrites its source.</param>
    public Derivation(Setting target, Setting source, Func<object, object?> map, bool atAnchor, Func<object, object?>? inverse = null)
    {
        Inverse = inverse;
        Target = target;
        Source = source;
        Map = map;
        AtAnchor = atAnchor;
    }

    public Func<object, object?>? Inverse { get; }
    public Setting Target { get; }
    public Setting Source { get; }
    /// <summary>The target's value for a source value; null when the library derives nothing from it.</summary>
    public Func<object, object?> Map { get; }
    /// <summary>True to locate the derived fact on the configuration's anchor, false on the source's code.</summary>
    public bool AtAnchor { get; }
}

/// <summary>
/// A client setting that, left unset, takes the server's <see cref="ServerSetting"/> (the combine policy "client
/// overrides server"). A server-only setting has no client side; "either side suffices" is a rule's question.
/// </summary>
public readonly struct Inheritance
{
    public Inheritance(Setting clientSetting, Setting serverSetting, bool publicClientsInherit = true, bool clientsMayDecide = false)
    {
        ClientSetting = clientSetting;
        ServerSetting = serverSetting;
        PublicClientsInherit = publicClientsInherit;
        ClientsMayDecide = clientsMayDecide;
    }

    /// <summary>
    /// True where either side suffices and teams often set it per client: when the code sets the client member anywhere,
    /// the server's untouched default is not reported; each client that leaves it unset is, with the fix that sets it.
    /// </summary>
    public bool ClientsMayDecide { get; }

    public Setting ClientSetting { get; }
    public Setting ServerSetting { get; }
    /// <summary>False for settings a public client has no use for (it does not authenticate).</summary>
    public bool PublicClientsInherit { get; }
}

/// <summary>A settable type (a client model, an options class): its properties and the defaults of a new instance.</summary>
public sealed class ModelBinding
{
    public ModelBinding(string typeName, ConfigurationKind kind, ImmutableArray<PropertyBinding> properties, ImmutableArray<SettingValue> defaults)
    {
        TypeName = typeName;
        Kind = kind;
        Properties = properties;
        Defaults = defaults;
    }

    public string TypeName { get; }
    public ConfigurationKind Kind { get; }
    public ImmutableArray<PropertyBinding> Properties { get; }
    public ImmutableArray<SettingValue> Defaults { get; }

    /// <summary>Defaults of older releases: each entry whose version range holds the referenced library replaces the values it names.</summary>
    public ImmutableArray<VersionDefaults> Versioned { get; set; } = ImmutableArray<VersionDefaults>.Empty;

    /// <summary>
    /// For a builder whose properties live on the options it configures (builder.Configure(o => ...)): that options
    /// type, where the referenced release's members are looked up; null for the model's own type.
    /// </summary>
    public string? MembersOf { get; set; }

    /// <summary>True for an object that is judged only where it becomes a protocol message (<see cref="LibraryBinding.ProtocolSinks"/>).</summary>
    public bool RequiresProtocolReach { get; set; }

    /// <summary>Constructor parameters whose arguments carry settings (a token created with its signing credentials).</summary>
    public ImmutableArray<ParameterBinding> ConstructorParameters { get; set; } = ImmutableArray<ParameterBinding>.Empty;
}

/// <summary>A property that carries a setting; <see cref="Read"/> maps the written value to the fact's value.</summary>
public sealed class PropertyBinding
{
    public PropertyBinding(string member, Setting setting, bool isCollection = false, Func<object, object?>? read = null, Func<object, object?>? write = null)
    {
        // For a collection, read maps each element (a secret's type to an authentication method).
        Member = member;
        Setting = setting;
        IsCollection = isCollection;
        Read = read ?? (v => v);
        CanWrite = write is not null || read is null;
        Write = write ?? (read is null ? v => v : _ => null);
    }

    /// <summary>False when the written value maps to the setting one way only (a derived setting).</summary>
    public bool CanWrite { get; }

    /// <summary>
    /// For a collection that is empty by default and whose default elements are what the library uses while it stays
    /// empty (managed keys' algorithms): the first element code adds replaces them.
    /// </summary>
    public bool EmptyMeansDefault { get; set; }

    /// <summary>
    /// A scalar member that holds a collection setting's only element (a relying party's one response type): a write
    /// replaces the collection, and its fix replaces the value.
    /// </summary>
    public bool SingleElement { get; set; }

    /// <summary>
    /// The value of the fact whenever code writes anything but null, whatever the value is (a client secret read from
    /// configuration is a shared secret all the same); null to read the written value.
    /// </summary>
    public object? WhenWritten { get; set; }

    /// <summary>Where the value is a key or credential: the collection setting that receives its strength, if the code creates it.</summary>
    public Setting? KeySetting { get; set; }

    /// <summary>
    /// For a set of strings that encodes several settings by prefix (permissions "gt:implicit", "rst:code"): this
    /// binding reads the elements that start with the prefix, without it; other elements belong to other bindings of
    /// the same member. A fix writes the prefix back.
    /// </summary>
    public string? Prefix { get; set; }

    /// <summary>
    /// For a set whose membership of one element is a boolean setting (a requirement "ft:pkce"): the setting is true
    /// where the code adds the element, false where it removes it or clears the set; other elements say nothing.
    /// </summary>
    public string? Element { get; set; }

    /// <summary>The library constant that names <see cref="Element"/>, as C# (written where a fix adds the element).</summary>
    public string? ElementCode { get; set; }

    /// <summary>
    /// For a delegate member (a signature validator): the token types that, created from the delegate's first
    /// parameter and returned, mean the delegate skips validation; the fact is then false.
    /// </summary>
    public ImmutableArray<string> SkipsWhenReturning { get; set; } = ImmutableArray<string>.Empty;

    public string Member { get; }
    public Setting Setting { get; }
    public bool IsCollection { get; }
    public Func<object, object?> Read { get; }
    /// <summary>Maps a fact value back to the value to write in code (null when it has no code form).</summary>
    public Func<object, object?> Write { get; }
}

/// <summary>A setting with a value, as a default or as the effect of a call.</summary>
public readonly struct SettingValue
{
    public SettingValue(Setting setting, object value)
    {
        Setting = setting;
        Value = value;
    }

    public Setting Setting { get; }
    public object Value { get; }
}

/// <summary>A static call that creates a configuration (a builder entry point) with its built-in choices.</summary>
public sealed class EntryBinding
{
    public EntryBinding(string typeName, string method, ConfigurationKind kind, ImmutableArray<SettingValue> defaults, string resultModel, ImmutableArray<ParameterBinding> parameters)
    {
        TypeName = typeName;
        Method = method;
        Kind = kind;
        Defaults = defaults;
        ResultModel = resultModel;
        Parameters = parameters;
    }

    /// <summary>The model the chain builds; its defaults apply before the entry's own.</summary>
    public string ResultModel { get; }

    public string TypeName { get; }
    public string Method { get; }
    public ConfigurationKind Kind { get; }
    public ImmutableArray<SettingValue> Defaults { get; }
    public ImmutableArray<ParameterBinding> Parameters { get; }
}

/// <summary>A parameter whose argument (or each element of a params array) is a setting's value.</summary>
public sealed class ParameterBinding
{
    public ParameterBinding(string parameter, Setting setting, bool isCollection = false)
    {
        Parameter = parameter;
        Setting = setting;
        IsCollection = isCollection;
    }

    public string Parameter { get; }
    public Setting Setting { get; }
    public bool IsCollection { get; }

    /// <summary>Where the argument is a key or credential: the collection setting that receives its strength, if the code creates it.</summary>
    public Setting? KeySetting { get; set; }
}

public enum EffectKind
{
    /// <summary>Sets the setting to a fixed value.</summary>
    Set,
    /// <summary>Sets the setting to the argument of a parameter (its default when omitted).</summary>
    SetFromArgument,
    /// <summary>Adds a fixed element to a collection setting.</summary>
    AddElement,
    /// <summary>Replaces a collection setting with fixed elements.</summary>
    ReplaceElements,
    /// <summary>Adds the argument of a parameter (its default when omitted) to a collection setting.</summary>
    AddElementFromArgument,
    /// <summary>Applies an options callback argument to the configuration the call is made on.</summary>
    ApplyCallback,
}

/// <summary>What a call does to one setting.</summary>
public sealed class Effect
{
    private Effect(EffectKind kind, Setting setting, object? value, string? parameter, ImmutableArray<string> elements, Func<object, object?>? read = null, Func<object, object?>? write = null, bool replacesDefaults = false, bool isKey = false)
    {
        IsKey = isKey;
        ReplacesDefaults = replacesDefaults;
        Kind = kind;
        Setting = setting;
        Value = value;
        Parameter = parameter;
        Elements = elements;
        Read = read ?? (v => v);
        Write = write ?? (v => v);
    }

    /// <summary>Maps an argument to the fact's value (for example an enum to a bool).</summary>
    public Func<object, object?> Read { get; }
    /// <summary>Maps a fact value back to an argument value.</summary>
    public Func<object, object?> Write { get; }

    /// <summary>True when the argument is a signing key (or credential) whose strength is the element.</summary>
    public bool IsKey { get; }

    /// <summary>True when the element added in code supersedes the library's default elements (a key added beside managed keys).</summary>
    public bool ReplacesDefaults { get; }

    public EffectKind Kind { get; }
    public Setting Setting { get; }
    public object? Value { get; }
    public string? Parameter { get; }
    public ImmutableArray<string> Elements { get; }

    public static Effect Set(Setting setting, object value) => new(EffectKind.Set, setting, value, null, default);
    public static Effect FromArgument(Setting setting, string parameter, Func<object, object?>? read = null, Func<object, object?>? write = null)
        => new(EffectKind.SetFromArgument, setting, null, parameter, default, read, write);
    public static Effect Add(Setting setting, string element) => new(EffectKind.AddElement, setting, element, null, default);
    /// <summary>Adds the argument of <paramref name="parameter"/> (its default when omitted) to a collection setting.</summary>
    public static Effect AddFromArgument(Setting setting, string parameter, Func<object, object?>? read = null, bool replacesDefaults = false)
        => new(EffectKind.AddElementFromArgument, setting, null, parameter, default, read, null, replacesDefaults);

    /// <summary>Applies the options callback passed as <paramref name="parameter"/> to the same configuration (builder.Configure(o => ...)).</summary>
    public static Effect Callback(string parameter) => new(EffectKind.ApplyCallback, default, null, parameter, default);

    /// <summary>Adds the strength of the key (or credential) passed as <paramref name="parameter"/>, where the code creates it.</summary>
    public static Effect AddKey(Setting setting, string parameter)
        => new(EffectKind.AddElementFromArgument, setting, null, parameter, default, isKey: true);
    public static Effect Replace(Setting setting, params string[] elements) => new(EffectKind.ReplaceElements, setting, null, null, ImmutableArray.Create(elements));
}

/// <summary>An instance method (usually fluent) on a builder that changes settings.</summary>
public sealed class CallBinding
{
    public CallBinding(string typeName, string method, params Effect[] effects)
    {
        TypeName = typeName;
        Method = method;
        Effects = ImmutableArray.Create(effects);
    }

    public string TypeName { get; }
    public string Method { get; }
    public ImmutableArray<Effect> Effects { get; }
}

/// <summary>A registration call whose options lambda configures a model (for example AddSidIdentityServer(o => ...)).</summary>
public sealed class RegistrationBinding
{
    public RegistrationBinding(string typeName, string method, string callbackParameter, string optionsType)
    {
        TypeName = typeName;
        Method = method;
        CallbackParameter = callbackParameter;
        OptionsType = optionsType;
    }

    /// <summary>The parameter that names the options instance (an authentication scheme); null for unnamed options.</summary>
    public string? NameParameter { get; set; }

    /// <summary>The name the options get where the call omits <see cref="NameParameter"/>.</summary>
    public string DefaultName { get; set; } = "";

    public string TypeName { get; }
    public string Method { get; }
    public string CallbackParameter { get; }
    public string OptionsType { get; }
}

/// <summary>
/// A static field or property with a documented value that the engine may trust by symbol: a string, or a string[]
/// for a preset collection (a grant type preset, for example).
/// </summary>
public sealed class KnownValue
{
    public KnownValue(string typeName, string field, object value)
    {
        TypeName = typeName;
        Field = field;
        Value = value;
    }

    public string TypeName { get; }
    public string Field { get; }
    public object Value { get; }
}
