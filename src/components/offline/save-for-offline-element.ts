import type { OfflineReply, OfflineRequest } from '../../lib/offline/messages.ts';
import {
  describeReply,
  REMOVING_MESSAGE,
  SAVING_MESSAGE,
} from '../../lib/offline/save-messages.ts';

/**
 * <save-for-offline data-set="…/ngoai-tuyen/….json">: "Lưu để đọc khi không có mạng" and "Xóa bản
 * đã lưu" for one saved set (issue 17). Its controls wait in a <template>, and it stays hidden, as
 * does its nearest [data-offline-only] container, until a service worker is running: without one
 * there is nothing they could do. The worker does the saving, from the set's manifest written at
 * build time.
 */
class SaveForOfflineElement extends HTMLElement {
  connectedCallback() {
    const set = this.dataset.set;
    const template = this.querySelector('template');
    const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    if (!set || !template || !workers) return;
    void workers.ready.then(() => this.#show(set, template, workers));
  }

  async #show(set: string, template: HTMLTemplateElement, workers: ServiceWorkerContainer) {
    if (!this.hidden) return;
    this.append(template.content.cloneNode(true));
    const save = this.querySelector<HTMLButtonElement>('[data-save]')!;
    const remove = this.querySelector<HTMLButtonElement>('[data-remove]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const show = (reply: OfflineReply) => {
      const state = describeReply(reply);
      status.textContent = state.message;
      remove.hidden = !state.saved;
    };
    const run = async (button: HTMLButtonElement, request: OfflineRequest, working: string) => {
      button.disabled = true;
      status.textContent = working;
      try {
        show(await ask(workers, request));
      } finally {
        button.disabled = false;
      }
    };
    save.addEventListener('click', () => void run(save, { type: 'save', set }, SAVING_MESSAGE));
    remove.addEventListener('click', () => {
      // The button hides itself when done: keep the keyboard focus on the control beside it.
      save.focus();
      void run(remove, { type: 'remove', set }, REMOVING_MESSAGE);
    });
    this.hidden = false;
    this.closest('[data-offline-only]')?.removeAttribute('hidden');
    show(await ask(workers, { type: 'status', set }));
  }
}

async function ask(
  workers: ServiceWorkerContainer,
  request: OfflineRequest,
): Promise<OfflineReply> {
  const { active } = await workers.ready;
  if (!active) return { type: 'error' };
  const channel = new MessageChannel();
  const reply = new Promise<OfflineReply>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => resolve(event.data);
  });
  active.postMessage(request, [channel.port2]);
  return reply;
}

if (!customElements.get('save-for-offline'))
  customElements.define('save-for-offline', SaveForOfflineElement);
