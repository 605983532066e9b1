//! 手工录入: the fields of one invoice typed by hand, checked as the user types.
//!
//! The messages come from the core ([`fapiao_core::single::form::check`], a pure function the
//! worker runs each time the form changes, so the rules stay out of the page bundle); 查验
//! sends the form to the worker, which answers with the same result card as a file. The typed text lives in the app state (`State::manual`), so it
//! survives switching the type, the language or the view; nothing is stored, and 清除 empties it.

use fapiao_core::diag::Severity;
use fapiao_core::model::FieldName;
use fapiao_core::single::form::{FormKind, FormMessage, Need};
use fapiao_core::single::platform::EntryForm;
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::handle::{use_handle, JobRequest};
use crate::i18n;
use crate::state::Action;

/// The shape each field expects, shown in the empty input (never an example value, which
/// would look typed).
fn placeholder(field: FieldName, kind: FormKind, lang: Lang) -> &'static str {
    let (zh, en) = match field {
        FieldName::InvoiceNumber if kind.entry_form() == EntryForm::Digital => {
            ("20 位数字", "20 digits")
        }
        FieldName::InvoiceNumber => ("8 位数字", "8 digits"),
        FieldName::InvoiceCode => ("10 或 12 位数字", "10 or 12 digits"),
        FieldName::IssueDate => ("YYYY-MM-DD", "YYYY-MM-DD"),
        FieldName::Amount | FieldName::Tax | FieldName::Total => ("0.00", "0.00"),
        FieldName::TaxRate => ("%", "%"),
        FieldName::CheckCode => ("20 位，或后 6 位", "20 digits, or the last 6"),
        FieldName::SellerTaxId | FieldName::BuyerTaxId => {
            ("18 位统一社会信用代码", "18-character credit code")
        }
        _ => ("", ""),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The keyboard a phone should show for a field.
fn input_mode(field: FieldName) -> &'static str {
    match field {
        FieldName::InvoiceNumber | FieldName::InvoiceCode | FieldName::CheckCode => "numeric",
        FieldName::Amount | FieldName::Tax | FieldName::Total => "decimal",
        _ => "text",
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// The manual-entry form.
#[function_component(ManualEntry)]
pub fn manual_entry() -> Html {
    let h = use_handle();
    let lang = h.lang();
    let form = &h.state.manual;
    {
        // An untouched form has nothing to say yet: the worker that checks it (loaded with
        // 单张查验's picture and PDF readers) starts only once the user types or asks.
        let (send, dispatch) = (h.send.clone(), h.dispatch.clone());
        let asked = h.state.manual_asked;
        use_effect_with((form.clone(), asked), move |(form, asked)| {
            let blank = form.values.values().all(|v| v.trim().is_empty());
            if blank && !asked {
                dispatch.emit(Action::FormChecked(form.clone(), Vec::new()));
            } else {
                send.emit(JobRequest::CheckForm(form.clone()));
            }
        });
    }
    // Blank required fields are pointed out only once the user asked for the check.
    let shown: Vec<&FormMessage> = h
        .state
        .manual_messages
        .iter()
        .filter(|m| h.state.manual_asked || m.id != "form.required")
        .collect();

    let on_kind = h.dispatch.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SetManualKind(FormKind::from_id(&value).unwrap_or_default())
    });
    let on_check = {
        let form = form.clone();
        let dispatch = h.dispatch.clone();
        let send = h.send.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Action::ManualAsked);
            send.emit(JobRequest::SingleManual(form.clone()));
        })
    };
    let on_reset = h.dispatch.reform(|_| Action::ResetManual);
    let field_row = |(field, need): (FieldName, Need)| {
        let id = format!("manual-{}", field.id());
        let msg_id = format!("{id}-msg");
        let mine: Vec<&&FormMessage> = shown.iter().filter(|m| m.field == field).collect();
        let invalid = mine.iter().any(|m| m.severity >= Severity::Warning);
        let value = form.values.get(&field).cloned().unwrap_or_default();
        let oninput = h.dispatch.reform(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            Action::SetManualField(field, v)
        });
        let need_text = match need {
            Need::Required => i18n::FORM_REQUIRED.get(lang),
            Need::Optional => i18n::FORM_OPTIONAL.get(lang),
        };
        html! {
            <div key={field.id()} class={classes!("form-field", invalid.then_some("invalid"))} data-field={field.id()}>
                <label for={id.clone()}>
                    { field.label().get(lang) }
                    <span class={classes!("need", (need == Need::Required).then_some("required"))}>{ need_text }</span>
                </label>
                <input id={id.clone()} type="text" class="mono" autocomplete="off" spellcheck="false"
                       inputmode={input_mode(field)} placeholder={placeholder(field, form.kind, lang)}
                       value={value} oninput={oninput}
                       required={need == Need::Required}
                       aria-invalid={if invalid { "true" } else { "false" }}
                       aria-describedby={msg_id.clone()} data-testid={id.clone()} />
                <div id={msg_id} class="field-msgs" aria-live="polite">
                    { for mine.iter().map(|m| html! {
                        <p class={classes!("field-msg", severity_class(m.severity))} data-id={m.id.clone()}>
                            { m.message.get(lang) }{ " " }<span class="muted">{ m.action.get(lang) }</span>
                        </p>
                    }) }
                </div>
            </div>
        }
    };
    let (main, parties): (Vec<_>, Vec<_>) = form.kind.fields().into_iter().partition(|(f, _)| {
        !matches!(
            f,
            FieldName::SellerName
                | FieldName::SellerTaxId
                | FieldName::BuyerName
                | FieldName::BuyerTaxId
        )
    });
    html! {
        <form class="manual" onsubmit={on_check} novalidate=true aria-labelledby="manual-title" data-testid="manual-form">
            <h3 id="manual-title">{ i18n::FORM_TITLE.get(lang) }</h3>
            <p class="hint">{ i18n::FORM_HINT.get(lang) }</p>
            <div class="form-field kind">
                <label for="manual-kind">{ i18n::FORM_KIND.get(lang) }</label>
                <select id="manual-kind" onchange={on_kind} data-testid="manual-kind">
                    { for FormKind::ALL.iter().map(|k| html! {
                        <option value={k.id()} selected={*k == form.kind}>{ k.label().get(lang) }</option>
                    }) }
                </select>
            </div>
            <div class="form-grid">{ for main.into_iter().map(field_row) }</div>
            <fieldset class="parties">
                <legend>{ i18n::FORM_PARTIES.get(lang) }</legend>
                <div class="form-grid">{ for parties.into_iter().map(field_row) }</div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary" data-testid="manual-check">{ i18n::FORM_CHECK.get(lang) }</button>
                <button type="button" onclick={on_reset}>{ i18n::FORM_RESET.get(lang) }</button>
            </div>
        </form>
    }
}
