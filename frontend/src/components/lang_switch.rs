//! RU | EN toggle, in the masthead and on the sign-in page.

use wire::error::Lang;
use yew::prelude::*;

use crate::hooks::use_i18n;

#[function_component(LangSwitch)]
pub fn lang_switch() -> Html {
    let i18n = use_i18n();
    let button = |lang: Lang, text: &'static str, title: String| {
        let i18n2 = i18n.clone();
        let selected = i18n.lang() == lang;
        html! {
            <div class="pf-v6-c-toggle-group__item">
                <button type="button" title={title} lang={lang.tag()}
                        id={format!("lang-{}", lang.tag())}
                        class={classes!("pf-v6-c-toggle-group__button", selected.then_some("pf-m-selected"))}
                        aria-pressed={selected.to_string()}
                        onclick={Callback::from(move |_| i18n2.set_lang(lang))}>
                    <span class="pf-v6-c-toggle-group__text">{ text }</span>
                </button>
            </div>
        }
    };
    html! {
        <div class="pf-v6-c-toggle-group pf-m-compact" role="group" aria-label={i18n.t("lang-label")}>
            { button(Lang::Ru, "RU", i18n.t("lang-ru")) }
            { button(Lang::En, "EN", i18n.t("lang-en")) }
        </div>
    }
}
